package dev.winnow.extract;

import dev.winnow.pipeline.Settings;

import java.util.Locale;

/**
 * The extractor's thresholds, from {@code application.properties} ({@code winnow.extract.*}). The three
 * {@code favor} profiles move the same few thresholds: precision keeps fewer sibling blocks and drops more
 * link-heavy boxes; recall does the opposite and widens the cut sooner when it leaves prose out.
 *
 * @param minParagraphChars  weighted characters from which a block's text is scored
 * @param proseMinChars      weighted characters from which a block with few links counts as prose
 * @param siblingShare       a sibling joins the article when its score reaches this share of the best score
 * @param linkDensityBonus   added to the link-density limits above which a box inside the article is dropped
 * @param proseCoverage      share of the page's prose the article must hold, else the cut is widened
 * @param minArticleChars    weighted characters below which a page is too short to be an article
 * @param listingLinkDensity link density above which the chosen text is a listing, not an article
 * @param lineFilterMaxChars blocks up to this many characters are tested against the boilerplate lines
 * @param keepComments       set reader comments apart instead of pruning them
 */
public record ExtractionSettings(int minParagraphChars, int proseMinChars, double siblingShare,
                                 double linkDensityBonus, double proseCoverage, int minArticleChars,
                                 double listingLinkDensity, int lineFilterMaxChars, boolean keepComments) {

    public static ExtractionSettings from(Settings settings) {
        String favor = settings.string("winnow.extract.favor").toLowerCase(Locale.ROOT);
        String profile = "winnow.extract." + favor + ".";
        return new ExtractionSettings(
                settings.intValue("winnow.extract.min-paragraph-chars"),
                settings.intValue("winnow.extract.prose-min-chars"),
                settings.doubleValue(profile + "sibling-share"),
                settings.doubleValue(profile + "link-density-bonus"),
                settings.doubleValue(profile + "prose-coverage"),
                settings.intValue("winnow.extract.min-article-chars"),
                settings.doubleValue("winnow.extract.listing-link-density"),
                settings.intValue("winnow.extract.line-filter-max-chars"),
                settings.bool("winnow.extract.comments"));
    }
}
