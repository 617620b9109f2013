package org.closeread.classroom;

/** Something a dashboard shows changed in a class: a student joined or was removed, an assignment changed. */
record ClassroomChanged(long classId) {
}
