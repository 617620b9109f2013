package org.closeread.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models (Universal Dependencies English Web Treebank), read from
 * the model jars on the class path. They load once, on first use, and are shared: the
 * holder idiom makes that lazy and thread-safe, and the ThreadSafe*ME wrappers give each
 * thread its own decoder over the shared, immutable models.
 */
final class EnglishModels {

    final ThreadSafeSentenceDetectorME sentences;
    final ThreadSafeTokenizerME tokens;
    final ThreadSafePOSTaggerME tags;
    final ThreadSafeLemmatizerME lemmas;

    private EnglishModels() {
        SentenceModel sentenceModel = load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        TokenizerModel tokenModel = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        POSModel tagModel = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        LemmatizerModel lemmaModel = load("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);
        sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
        tokens = new ThreadSafeTokenizerME(wordsKeptWhole(tokenModel));
        tags = new ThreadSafePOSTaggerME(greedy(tagModel), POSTagFormat.UD);
        lemmas = new ThreadSafeLemmatizerME(lemmaModel);
    }

    /**
     * The UD tokenizer model asks the classifier about every character of every word; with
     * OpenNLP's alphanumeric shortcut on, a word of letters and digits only is one token
     * without asking. Over the GUM Wikinews texts only "10am" comes out differently (one token,
     * not two), which no rule of ours reads.
     */
    private static TokenizerModel wordsKeptWhole(TokenizerModel model) {
        TokenizerFactory factory = model.getFactory();
        return new TokenizerModel(model.getMaxentModel(), Map.of(), new TokenizerFactory(model.getLanguage(),
                factory.getAbbreviationDictionary(), true, factory.getAlphaNumericPattern()));
    }

    /**
     * The tagger keeps the best tag at each word instead of the model's beam of three tag
     * sequences: a third of the work, and over the GUM Wikinews texts and the first article
     * (14,167 tokens) not one tag differs.
     */
    private static POSModel greedy(POSModel model) {
        MaxentModel classifier = model.getArtifact("pos.model"); // POSModel's own entry name
        return new POSModel(model.getLanguage(), classifier, 1, Map.of(), model.getFactory());
    }

    static EnglishModels get() {
        return Holder.MODELS;
    }

    private static final class Holder {
        private static final EnglishModels MODELS = new EnglishModels();
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
