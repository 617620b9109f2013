package org.closeread.analysis;

/**
 * Who a quotation or claim is attributed to. {@code name} is who we take it to be ("Sergey
 * Shoigu"), {@code mention} the words the text uses there ("he", "Shoigu"). An unnamed
 * speaker is a description ("China's top diplomat", "officials") or no one at all ("it had
 * been reported").
 */
public record Speaker(String name, boolean named, String mention) {

    static Speaker unnamed(String description, String mention) {
        return new Speaker(description, false, mention);
    }
}
