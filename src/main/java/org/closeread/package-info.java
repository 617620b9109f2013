/**
 * CloseRead: media-literacy lessons on real news articles. One package per feature; each feature's
 * root holds its domain types and service, its {@code ui} subpackage the views.
 */
package org.closeread;
