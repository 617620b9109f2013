package org.closeread.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "article_block")
class BlockEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    ArticleEntity article;

    int position;

    @Enumerated(EnumType.STRING)
    BlockKind kind;

    String name;
    String text;

    static BlockEntity of(ArticleEntity article, Block block) {
        BlockEntity entity = new BlockEntity();
        entity.article = article;
        entity.position = block.index();
        entity.kind = block.kind();
        entity.name = block.name();
        entity.text = block.text();
        return entity;
    }

    Block toBlock() {
        return new Block(position, kind, name, text);
    }
}
