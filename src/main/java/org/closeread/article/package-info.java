/**
 * The article as students read it: its blocks of verbatim text, and the annotations that mark spans
 * of it through a lens. Offsets always refer to a block's published text, which never changes.
 */
package org.closeread.article;
