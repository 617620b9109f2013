package org.closeread.lti;

/** The LTI 1.3 claim names and values CloseRead reads (1EdTech LTI Core 1.3, Assignment and Grade Services). */
public final class Claims {

    private Claims() {
    }

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String MESSAGE_TYPE = LTI + "message_type";
    public static final String VERSION = LTI + "version";
    public static final String DEPLOYMENT_ID = LTI + "deployment_id";
    public static final String TARGET_LINK_URI = LTI + "target_link_uri";
    public static final String RESOURCE_LINK = LTI + "resource_link";
    public static final String ROLES = LTI + "roles";
    public static final String CONTEXT = LTI + "context";
    public static final String CUSTOM = LTI + "custom";
    public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String AGS_SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String SCORE_MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";

    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String LTI_VERSION = "1.3.0";

    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    static final String INSTRUCTOR = MEMBERSHIP + "Instructor";
    static final String ADMINISTRATOR = MEMBERSHIP + "Administrator";
    static final String CONTENT_DEVELOPER = MEMBERSHIP + "ContentDeveloper";
    static final String SYSTEM_ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator";
    static final String INSTITUTION_ADMINISTRATOR =
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";
}
