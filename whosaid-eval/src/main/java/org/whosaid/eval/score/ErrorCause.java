package org.whosaid.eval.score;

/**
 * Why an attribution was missed or falsely found, in the order a report lists them. A gold
 * attribution whose content was found can have several causes at once (its source and its cue may
 * both be wrong); it is then listed under each.
 */
public enum ErrorCause {
    CONTENT_MISSED("content missed: no predicted content overlaps the gold content"),
    CONTENT_BOUNDARY("content boundary off: predicted content overlaps but differs"),
    SOURCE_MISSED("source missed: content found without a source"),
    SOURCE_WRONG("source wrong: predicted source does not overlap the gold source"),
    SOURCE_BOUNDARY("source boundary off: predicted source overlaps but differs"),
    SOURCE_SPURIOUS("source spurious: gold has no source, prediction has one"),
    CUE_MISSED("cue missed: content found without a cue"),
    CUE_WRONG("cue wrong: predicted cue does not overlap the gold cue"),
    CUE_BOUNDARY("cue boundary off: predicted cue overlaps but differs"),
    TYPE_WRONG("type wrong: content found, quotation type differs"),
    FALSE_ALARM_DUPLICATE("false alarm, duplicate: overlaps a gold content already matched to another prediction"),
    FALSE_ALARM_NEAR_GOLD("false alarm near gold: no gold content overlaps, but a gold span lies within 150 chars"),
    FALSE_ALARM_NO_GOLD("false alarm with no gold nearby");

    private final String description;

    ErrorCause(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Whether the error is a prediction with no gold counterpart. */
    public boolean isFalseAlarm() {
        return this == FALSE_ALARM_DUPLICATE || this == FALSE_ALARM_NEAR_GOLD || this == FALSE_ALARM_NO_GOLD;
    }
}
