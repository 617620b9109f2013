package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Locale;
import org.closeread.article.BlockKind;
import org.closeread.authoring.DraftBlock;

/** One block of the article being edited: its kind (page furniture included), an optional id, its text. */
class BlockRow extends Composite<Div> {

    static final class Fields {
        BlockKind kind = BlockKind.PARAGRAPH;
        String id = "";
        String text = "";
    }

    private final Select<BlockKind> kind = new Select<>();
    private final TextField id = new TextField(Translations.text("authoring.block-row.id-optional"));
    private final TextArea text = new TextArea(Translations.text("authoring.block-row.text"));
    private final Button remove = new Button(Translations.text("authoring.block-row.delete-block"));
    private final Span number = new Span();
    private final Binder<Fields> binder = new Binder<>();

    BlockRow(DraftBlock block, Runnable onRemove) {
        kind.setLabel(Translations.text("authoring.block-row.kind"));
        kind.setItems(BlockKind.values());
        kind.setItemLabelGenerator(BlockRow::label);
        id.setMaxLength(org.closeread.lesson.LessonFileReader.ID_MAX_LENGTH);
        text.setWidthFull();
        text.setMaxLength(DraftBlock.TEXT_MAX_LENGTH);
        binder.forField(kind).asRequired().bind(f -> f.kind, (f, v) -> f.kind = v);
        binder.forField(id).withValidator(Checks.of(DraftBlock::idProblem)).bind(f -> f.id, (f, v) -> f.id = v);
        binder.forField(text).withValidator(Checks.of(DraftBlock::textProblem)).bind(f -> f.text, (f, v) -> f.text = v);
        Fields fields = new Fields();
        fields.kind = block.kind();
        fields.id = block.id();
        fields.text = block.text();
        binder.setBean(fields);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> onRemove.run());
        number.addClassName("block-number");
        Div head = new Div(number, kind, id, remove);
        head.addClassName("block-row-head");
        getContent().addClassName("block-row");
        getContent().add(head, text);
    }

    static String label(BlockKind kind) {
        return switch (kind) {
            case FURNITURE -> Translations.text("authoring.block.furniture");
            default -> kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
        };
    }

    void setNumber(int n) {
        number.setText(Translations.text("authoring.block", n));
        text.setLabel(Translations.text("authoring.block.text", n));
        kind.setAriaLabel(Translations.text("authoring.block.kind", n));
    }

    boolean isValid() {
        return binder.validate().isOk();
    }

    DraftBlock value() {
        return new DraftBlock(binder.getBean().kind, binder.getBean().id, binder.getBean().text);
    }

    Select<BlockKind> kindField() {
        return kind;
    }

    TextArea textField() {
        return text;
    }

    TextField idField() {
        return id;
    }

    Button removeButton() {
        return remove;
    }
}
