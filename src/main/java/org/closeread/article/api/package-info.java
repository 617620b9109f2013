/** The read-only public API of articles: the list, plain text and W3C annotations. No answer keys. */
package org.closeread.article.api;
