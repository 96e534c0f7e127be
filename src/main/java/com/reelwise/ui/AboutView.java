package com.reelwise.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/** How each method works, where the data comes from and under which licence, what the numbers mean, and the limits. */
@Route(value = "about", layout = MainLayout.class)
@PageTitle("Reelwise: how it works")
public class AboutView extends VerticalLayout {

    public AboutView() {
        addClassNames("about-view", "page");
        add(new H1("How Reelwise works"));
        add(new Paragraph("Reelwise suggests movies from a few you already like. It has several ways of doing that, "
                + "each good at something different, and it always tells you why it picked a movie. This page explains "
                + "them in plain words; the measured results are on the Metrics page."));
        add(new RouterLink("See the measured results", MetricsView.class));
        Anchor report = new Anchor("report.pdf", "Read the full report (PDF): data, every method with its equations, evaluation, "
                + "results, interface and deployment");
        report.setRouterIgnore(true);
        report.addClassName("report-link");
        add(new Paragraph(report));
        add(methods(), data(), measures(), limits());
    }

    private static Section methods() {
        Section s = section("The methods");
        s.add(method("Popular", "Ranks movies by how many people rated them in MovieLens. Everyone gets the same list, "
                + "minus what they picked. It knows nothing about you, which makes it the yardstick every other method "
                + "has to beat, and the safe answer while the models are still loading."));
        s.add(method("NeuMF, with fold-in for you", "Neural collaborative filtering (He et al. 2017) learns a short list "
                + "of numbers for every person and every movie from the MovieLens ratings, so that people who liked the "
                + "same movies end up close together. A small neural network then turns a person's and a movie's numbers "
                + "into a “would like it” probability. It is trained here with Deep Java Library on PyTorch. You are not "
                + "one of the people in the data, so Reelwise folds you in: it keeps the trained network as it is and fits "
                + "numbers for you alone from the movies you liked and disliked (40 small steps, about ten milliseconds), then "
                + "scores every movie. It only knows movies that someone in MovieLens rated. From three to five picks those "
                + "numbers say little more than which movies are widely liked: on our panel of 24 well-known tastes its lists "
                + "matched 2, the hybrid's 23."));
        s.add(method("Content, with a fine-tuned MiniLM", "Every movie's text (title, year, genres, overview, keywords, "
                + "tagline, director and cast) is read by all-MiniLM-L6-v2, a small sentence encoder, and turned into 384 "
                + "numbers that capture what the movie is about. We fine-tuned the encoder on pairs taken from the ratings "
                + "and keywords (two movies one person rated 4 stars or more; a few keywords and the movie they describe), so that movies people "
                + "enjoy together sit closer. Your taste is the average of your liked movies' vectors, minus half of the "
                + "disliked ones, plus the meaning of your mood text if you typed one; movies are ranked by how close they "
                + "are. It needs no ratings at all, so it can suggest the thousands of movies nobody here has rated. It tends to "
                + "stay in the decades of your movies: people here rate films of the same years together, and the fine-tuning "
                + "learned that too."));
        s.add(method("Cluster explore", "The same content vectors group the catalog into clusters with k-means; the number "
                + "of clusters is the one with the best silhouette score (how clearly movies sit in their own cluster). Each "
                + "cluster is named after its most typical keywords and genres. “More of my clusters” stays in the groups "
                + "your movies belong to; “explore” picks from neighbouring groups you have not touched yet, for something "
                + "new but not random; “broad appeal” picks movies near the centre of each cluster. The Map page draws every "
                + "movie on a 2D map made from the same vectors."));
        s.add(method("Next watch, a sequential model", "A small transformer (SASRec, Kang and McAuley 2018) reads your "
                + "liked movies in the order you added them and scores every movie as the one you would watch next; it learned "
                + "from the order in which thousands of people rated movies. Trained here with Deep Java Library on PyTorch. Its "
                + "explanation names the movie whose removal from your list would lower the suggestion's score most, found by "
                + "scoring your list again without each movie. Besides whole histories it learned from short stretches cut from "
                + "anywhere in them, so a few picks read as a taste rather than a first visit (8 of the panel's 24 tastes matched, "
                + "1 before); it proposes what people went on to watch, which is often a neighbouring genre, not more of the same."));
        s.add(method("The taste autoencoder", "A denoising autoencoder (Mult-DAE, Liang et al. 2018) squeezes everything a "
                + "person rated into 200 numbers and expands them back into a score for every movie; trained with movies "
                + "randomly hidden, it learns which movies go together. It reads your picks directly, the latest weighted "
                + "most, so it needs no fitting per person. It is not a method of its own on the page; the hybrid reads it."));
        s.add(method("Hybrid, a learned ranker (the default)", "Every source above proposes its best movies. For each "
                + "candidate, the hybrid collects what each source says (NeuMF, next watch, the autoencoder, how close the "
                + "story is to your movies, your mood sentence, how many people here rated it and how well, its TMDB votes "
                + "and year) and a gradient-boosted ranker (LambdaMART, XGBoost) turns that evidence into one score. The "
                + "ranker learned from real people: it saw what they rated first and was scored on what they rated next, "
                + "never on the test data. The score split you see is the ranker's own exact account of each part (TreeSHAP). "
                + "Two rules are set by hand, not learned: when at least two of your picks share a director (or a lead "
                + "actor), that person's other well-known films like yours rise; and when at least two share a genre few "
                + "films have (war, musicals, animation more than drama), well-known films of that genre rise. Both grow "
                + "with the share of your picks they match. The people here mostly went on to watch the popular films of "
                + "the day whatever they had watched before, so the ranker alone gave four Coen films' fan Goodfellas "
                + "rather than Raising Arizona, and four war films' fan Spielberg's adventures. "
                + "The balance slider shifts the list towards what people with your taste watched or towards what the "
                + "movies are about; it starts in the middle, the ranker alone. Discovery lifts movies fewer "
                + "people know."));
        s.add(method("Predicted stars", "A separate question from what to watch: how many stars would you give a film? Three "
                + "parts, trained on the MovieLens star ratings: each person's and each film's leaning (some people rate everything "
                + "high, some films everyone rates low), I-AutoRec (an autoencoder trained here with Deep Java Library that reads "
                + "every rating a film got and fills in the missing ones), and the films people rate most alike (k nearest "
                + "neighbours on what the leanings leave unexplained). How much each part counts depends on how many ratings a "
                + "film has, learned on ratings held out from training. The existing-user page shows the stars beside a MovieLens "
                + "user's own; give stars to five films on their pages and each film's page predicts yours (from your leaning "
                + "and the neighbours: the autoencoder only knows the people it was trained with). The Metrics page compares it "
                + "with the classic rating predictors."));
        s.add(method("Diversity and explanations", "The diversity slider re-ranks with maximal marginal relevance: each next "
                + "pick trades how good it looks against how similar it is to the picks above it. Explanations are computed "
                + "from the actual scores: the liked movie that contributed most, how many people who liked it also liked "
                + "the suggestion, shared keywords or people, and how much of the score came from each model."));
        return s;
    }

    private static Section data() {
        Section s = section("The data and their licences");
        s.add(new Paragraph("No data is stored in the code repository; each installation reads its own copy. "
                + "These are the sources the demo uses:"));
        NativeTable table = new NativeTable();
        table.addClassNames("metrics-table", "sources-table");
        table.setCaptionText("Data sources, what they add, and the terms they come with");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Source");
        head.addHeaderCell().setText("What it adds");
        head.addHeaderCell().setText("Terms");
        row(table, "MovieLens ml-latest-small (GroupLens, University of Minnesota; 2018 release)",
                "100,836 ratings by 610 people of 9,724 movies, plus titles, genres, tags and links to TMDB and IMDb",
                "Research use, not commercial use without GroupLens's permission; may be redistributed under the same "
                        + "terms; no endorsement may be implied; cite Harper & Konstan 2015");
        row(table, "MovieLens 100K (GroupLens)", "100,000 ratings by 943 people of 1,682 movies; used for evaluation only",
                "Research use, not commercial; may not be redistributed without separate permission");
        row(table, "TMDB-derived files (TMDB 5000, Udacity TMDb movies, Top 10000 TMDB movies, a TMDB look-up of "
                        + "ml-latest-small) and Reelwise's own TMDB API fetch",
                "Overviews, taglines, keywords, director and cast, poster links, and the movies nobody in MovieLens rated",
                "TMDB terms of use. This product uses the TMDB API but is not endorsed or certified by TMDB. The CSV "
                        + "copies carry no licence of their own: used for development and research only");
        row(table, "The Movies Dataset (Kaggle, rounakbanik): keywords and the first 5,000 metadata rows",
                "Keywords for almost every movie; overviews and posters for older titles",
                "CC0 (public domain) according to its Kaggle listing");
        row(table, "IMDb poster URLs (mrconter1/imdb-poster-scraper)", "Poster links by IMDb id",
                "Links to images owned by IMDb; IMDb's conditions of use apply");
        row(table, "all-MiniLM-L6-v2 (sentence-transformers), from a Maven Central jar",
                "The pretrained sentence encoder the content model starts from", "Apache License 2.0");
        s.add(TableScroll.around(table));
        s.add(new Paragraph("Posters and overviews: without TMDB data, cards show a placeholder and the content model reads "
                + "titles, genres and tags only. To add them, get a free TMDB API key (a v3 key or a v4 read token, "
                + "themoviedb.org → Settings → API). On a Hugging Face Space, add it as the secret TMDB_API_KEY under "
                + "Settings → Variables and secrets and rebuild: the image build fetches the TMDB data then, and the key "
                + "never enters the image. Elsewhere, set TMDB_API_KEY and run the fetch command with --tmdb "
                + "(mvn -q compile exec:java@fetch-data -Dexec.args=\"--data-dir data --dataset ml-latest-small --tmdb\"), then restart."));
        s.add(new Paragraph(new Anchor("https://grouplens.org/datasets/movielens/", "MovieLens", AnchorTarget.BLANK),
                new Span(" · "),
                new Anchor("https://www.themoviedb.org/", "TMDB", AnchorTarget.BLANK),
                new Span(" · "),
                new Anchor("https://www.sbert.net/", "Sentence-Transformers", AnchorTarget.BLANK)));
        return s;
    }

    private static Section measures() {
        Section s = section("What the numbers mean");
        s.add(new Paragraph("To test a method offline, some of each person's ratings are hidden, the method ranks "
                + "movies using the rest, and we check where the hidden movies land. Numbers are averages over people; "
                + "higher is better unless said otherwise."));
        UnorderedList list = new UnorderedList(
                item("HR@10 (hit rate)", "the share of people whose hidden movie appears in the top 10. 0.70 means it did "
                        + "for 7 people in 10."),
                item("NDCG@10", "like the hit rate, but a hit at place 1 counts fully and a hit further down counts less "
                        + "(divided by log₂ of the place + 1), so it rewards putting the right movie at the very top."),
                item("Recall@K (K = 10 or 20)", "the share of a person's hidden movies that appear in the top K. With "
                        + "thousands of candidate movies, 0.13 is a good score."),
                item("ILD@10 (intra-list diversity)", "how different the ten suggested movies are from each other: one "
                        + "minus their average pairwise similarity. Higher means a more varied list, not a more accurate one."),
                item("Coverage@20 and MeanPopularity@20", "how much of the catalog ever gets recommended, and how "
                        + "mainstream the suggestions are (average number of ratings; lower is less obvious)."));
        s.add(list);
        s.add(new Paragraph("Three protocols decide what is hidden. Leave-one-out hides each person's latest rating and "
                + "ranks it against only 99 random movies, as in the NeuMF paper; it makes every score look high. Full "
                + "ranking hides each person's latest fifth of ratings and ranks the whole catalog; it is the realistic "
                + "one. Cold start hides one movie in ten from all training, to see who can recommend a movie nobody has "
                + "rated yet. The protocol is written beside every table on the Metrics page."));
        return s;
    }

    private static Section limits() {
        Section s = section("Limits");
        s.add(new UnorderedList(
                new ListItem("The ratings come from 610 MovieLens volunteers up to 2018. They are not a cross-section of "
                        + "moviegoers, and the collaborative model knows nothing released later."),
                new ListItem("Offline scores measure how well a method predicts what people rated next, not whether "
                        + "you will enjoy the suggestion. Each figure comes from one run with a fixed seed."),
                new ListItem("Our NeuMF is small and not tuned far: a simple linear baseline (EASE) beats it on accuracy, "
                        + "and the Metrics page says so."),
                new ListItem("Movies nobody rated can only be judged by their text, and some have little text. ml-100k has "
                        + "no overviews at all, so content does poorly there."),
                new ListItem("Posters are loaded from TMDB and IMDb; without internet access every card shows a drawn "
                        + "placeholder instead."),
                new ListItem("Profiles are for a demo: a name or generated id, no password.")));
        return s;
    }

    private static Div method(String name, String text) {
        Div div = new Div(new H3(name), new Paragraph(text));
        div.addClassName("about-method");
        return div;
    }

    private static ListItem item(String term, String meaning) {
        com.vaadin.flow.component.html.Span name = new Span(term);
        name.addClassName("term");
        return new ListItem(name, new Span(": " + meaning));
    }

    private static void row(NativeTable table, String source, String adds, String terms) {
        NativeTableRow row = table.getBody().addRow();
        row.addHeaderCell().setText(source);
        // The labels head each cell when the table is stacked into cards at phone width.
        row.addDataCell().setText(adds);
        row.getDataCell(0).orElseThrow().getElement().setAttribute("data-label", "What it adds");
        row.addDataCell().setText(terms);
        row.getDataCell(1).orElseThrow().getElement().setAttribute("data-label", "Terms");
    }

    private static Section section(String title) {
        Section section = new Section(new H2(title));
        section.addClassName("about-section");
        return section;
    }
}
