/** What every feature's views share: the main layout, the error handler, shared components. */
package org.closeread.base;
