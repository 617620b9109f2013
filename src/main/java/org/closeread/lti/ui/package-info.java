/** The LTI pages: registering a platform, where a launch lands in the browser, and the deep-linking picker. */
package org.closeread.lti.ui;
