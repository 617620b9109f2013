package org.closeread.article;

/** What a block of a captured news page is: part of the article, or furniture around it. */
public enum BlockKind {
    HEADLINE, STANDFIRST, PARAGRAPH, CAPTION, CREDIT, FURNITURE;

    /** Whether the block belongs to the article itself rather than to the page around it. */
    public boolean isArticle() {
        return this != FURNITURE;
    }
}
