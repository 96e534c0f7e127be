package com.reelwise.eval;

/**
 * The names in a result file, the one owner of its schema: the JSON fields are {@link EvaluationResult}'s
 * components (Jackson writes them by name; a test holds the two together), the CSV columns are written by
 * {@link ResultWriter}, and the results package reads both through these constants.
 */
public final class ResultFields {

    public static final String DATASET = "dataset";
    public static final String PROTOCOL = "protocol";
    public static final String METHOD = "method";
    public static final String METRICS = "metrics";
    public static final String CONFIG = "config";
    public static final String SEED = "seed";
    public static final String USERS = "users";
    public static final String FIT_SECONDS = "fitSeconds";
    public static final String EVAL_SECONDS = "evalSeconds";
    public static final String DATE = "date";
    public static final String MODEL_CONFIG = "modelConfig";
    public static final String PER_USER = "perUser";
    public static final String HIT_RATE_BY_RANK = "hitRateByRank";
    /** The served path a row measured, inside {@link #MODEL_CONFIG}. */
    public static final String PATH = "path";
    /** The balance slider of an α-sweep point, in the point or its {@link #MODEL_CONFIG} or {@link #CONFIG}. */
    public static final String ALPHA = "alpha";

    /** CSV spells the two-word fields in snake case. */
    public static final String CSV_FIT_SECONDS = "fit_seconds";
    public static final String CSV_EVAL_SECONDS = "eval_seconds";
    public static final String CSV_MODEL_CONFIG = "model_config";

    private ResultFields() {
    }
}
