/**
 * Who may see what: Spring Security with Vaadin's configuration. Students are anonymous; the public
 * API and our static resources are open; teacher pages need a login.
 */
package org.closeread.security;
