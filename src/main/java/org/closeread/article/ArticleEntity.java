package org.closeread.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How an {@link Article} is stored; the service maps it to and from the record. */
@Entity
@Table(name = "article")
class ArticleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String slug;
    String title;
    String outlet;
    LocalDate publishedOn;
    String sourceUrl;
    String licence;

    /** Listed and served publicly: the current version of a published lesson's article. */
    @Column(name = "is_public")
    boolean shown;

    @Version
    long version;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<BlockEntity> blocks = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<AnnotationEntity> annotations = new ArrayList<>();

    Article toArticle() {
        List<Block> blockList = blocks.stream().map(BlockEntity::toBlock).toList();
        List<Annotation> annotationList = annotations.stream().map(AnnotationEntity::toAnnotation).toList();
        return new Article(slug, title, outlet, publishedOn, sourceUrl, licence, blockList, annotationList);
    }

    void copyFrom(Article article) {
        slug = article.slug();
        title = article.title();
        outlet = article.outlet();
        publishedOn = article.date();
        sourceUrl = article.sourceUrl();
        licence = article.licence();
        blocks.clear();
        annotations.clear();
        for (Block block : article.blocks()) {
            blocks.add(BlockEntity.of(this, block));
        }
        for (int i = 0; i < article.annotations().size(); i++) {
            annotations.add(AnnotationEntity.of(this, i, article.annotations().get(i)));
        }
    }
}
