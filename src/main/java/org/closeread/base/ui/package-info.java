/** The app's frame (header, navigation), its one error handler and components shared by views. */
package org.closeread.base.ui;
