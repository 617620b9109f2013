/**
 * The course: lessons in a planned order ({@code lessons/course.yaml}), the library that shows it with a
 * student's progress, and what teachers assign of it. Depends on {@code lesson} and {@code quiz}.
 */
package org.closeread.course;
