/** Teachers' downloads over HTTP: a lesson's folder as a zip. Guarded by the teacher role. */
package org.closeread.authoring.api;
