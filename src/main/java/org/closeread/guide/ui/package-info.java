/** The teacher's guide page inside the app. */
package org.closeread.guide.ui;
