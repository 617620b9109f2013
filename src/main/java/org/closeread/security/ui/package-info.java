/** The login page for teachers. */
package org.closeread.security.ui;
