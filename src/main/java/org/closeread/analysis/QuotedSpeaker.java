package org.closeread.analysis;

import java.util.List;

/** One line of the "who is quoted" summary. */
public record QuotedSpeaker(String name, int quotes, boolean named, List<String> channels) {
}
