/**
 * Lessons: a guided reading of one article in ordered steps, each focused on one lens. Also the
 * lesson files under {@code lessons/} and their loading at start-up.
 */
package org.closeread.lesson;
