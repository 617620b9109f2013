/** The LTI pages: registering a platform, and where a launch lands in the browser. */
package org.closeread.lti.ui;
