package com.reelwise.scale;

import java.util.List;

/**
 * The shape of a MovieLens release, as the synthetic generator reproduces it at any size. Every figure below was
 * measured on ml-latest-small (100,836 ratings by 610 people of 9,724 films; {@code MovieLensShapeTest} measures it
 * again from the file) and is documented in model-training/scale/README.md; five are calibrated instead, so that the generated files measure
 * like the real one ({@link ShapeStatistics}).
 *
 * @param userActivity    ratings per person, as a multiple of the mean, by quantile (min 20 = 0.121 of the mean 165.3)
 * @param filmPopularity  ratings per film, as a multiple of the mean, by popularity rank (0 = the most rated film)
 * @param ratingCentre    centre of a rating before rounding and clipping to 0.5-5 (calibrated: the mean comes out at 3.50)
 * @param userBiasSd      spread of people's mean rating
 * @param filmQualitySd   spread of films' mean rating (films with 20+ ratings)
 * @param noiseSd         per-rating noise (calibrated: the ratings' standard deviation comes out near 1.04)
 * @param halfStarPeople  share of people who use half stars (calibrated: about 30% of the ratings end in .5)
 * @param popularitySharpening power on the popularity weights (calibrated: drawing without repeats flattens the head)
 * @param explorerHalfway ratings at which half of a person's draws ignore popularity (calibrated: heavy raters reach the
 *                        tail, so nearly every film is rated, as in the real file)
 * @param sessionSeconds  seconds between a person's first and last rating, by quantile (half rate within 77 minutes)
 * @param firstRating     earliest and latest timestamps (seconds) in the file
 * @param releaseYears    films' years by quantile
 * @param genres          genre names with the share of films carrying each
 * @param genresPerFilm   share of films with 1, 2, 3, … genres
 */
public record MovieLensShape(QuantileCurve userActivity, QuantileCurve filmPopularity, double ratingCentre, double userBiasSd,
                             double filmQualitySd, double noiseSd, double halfStarPeople, double popularitySharpening,
                             double explorerHalfway, QuantileCurve sessionSeconds,
                             long[] firstRating, QuantileCurve releaseYears, List<String> genres, double[] genreShares,
                             double[] genresPerFilm) {

    /** ml-latest-small's shape. */
    public static final MovieLensShape ML_LATEST_SMALL = new MovieLensShape(
            new QuantileCurve(new double[] {0, .1, .25, .5, .75, .9, .99, 1},
                    new double[] {20 / 165.3, 24 / 165.3, 35 / 165.3, 70 / 165.3, 168 / 165.3, 400 / 165.3, 1218 / 165.3, 2698 / 165.3}),
            new QuantileCurve(new double[] {0, .001, .003, .01, .03, .05, .1, .2, .3, .4, .5, .65, 1},
                    new double[] {31.73, 21.22, 17.26, 11.09, 6.268, 4.532, 2.604, 1.157, .675, .3857, .2893, .0964, .0964}),
            3.55, 0.480, 0.439, 0.90, 0.66, 1.6, 1500,
            new QuantileCurve(new double[] {0, .1, .25, .5, .75, .9, .99, 1},
                    new double[] {38, 369, 876, 4609, 3_310_530, 53_119_626, 302_571_157, 566_541_856}),
            new long[] {828_124_615L, 1_537_799_250L},
            new QuantileCurve(new double[] {0, .1, .25, .5, .75, .9, 1}, new double[] {1902, 1967, 1988, 1999, 2008, 2013, 2018}),
            List.of("Drama", "Comedy", "Thriller", "Action", "Romance", "Adventure", "Crime", "Sci-Fi", "Horror", "Fantasy", "Children",
                    "Animation", "Mystery", "Documentary", "War", "Musical", "Western", "IMAX", "Film-Noir"),
            new double[] {.448, .386, .194, .188, .164, .130, .123, .101, .100, .080, .068, .063, .059, .045, .039, .034, .017, .016, .009},
            new double[] {.293, .330, .240, .101, .028, .008});

    /** ml-latest-small's ratings per person (mean), the ratio the default sizes keep. */
    public static final double RATINGS_PER_PERSON = 165.3;
}
