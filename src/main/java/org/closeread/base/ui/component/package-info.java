/**
 * Components that several features' views reuse, such as the span marker students mark phrases
 * with. They know nothing of articles, lessons or quizzes: views hand them plain records.
 */
package org.closeread.base.ui.component;
