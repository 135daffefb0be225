package parksim.scenario;

import java.io.Serializable;
import parksim.core.Require;

/** Where a figure comes from: the article file in the seeds and its original wording. */
public record Source(String article, String text, String english) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Source {
        Require.text(article, "article");
        Require.text(text, "text");
    }
}
