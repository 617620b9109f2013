package org.closeread.lti;

/** The LTI 1.3 claim names and values CloseRead reads (1EdTech LTI Core 1.3, Deep Linking 2.0,
 * Assignment and Grade Services 2.0, Names and Role Provisioning Services 2.0). */
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

    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    public static final String NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    public static final String MEMBERSHIP_MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    public static final String DEEP_LINKING_SETTINGS = DL + "deep_linking_settings";
    public static final String DEEP_LINKING_DATA = DL + "data";
    public static final String CONTENT_ITEMS = DL + "content_items";
    public static final String DEEP_LINKING_MESSAGE = DL + "msg";
    public static final String RESOURCE_LINK_TYPE = "ltiResourceLink";

    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    public static final String LTI_VERSION = "1.3.0";

    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    static final String INSTRUCTOR = MEMBERSHIP + "Instructor";
    static final String ADMINISTRATOR = MEMBERSHIP + "Administrator";
    static final String CONTENT_DEVELOPER = MEMBERSHIP + "ContentDeveloper";
    static final String SYSTEM_ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator";
    static final String INSTITUTION_ADMINISTRATOR =
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";
}
