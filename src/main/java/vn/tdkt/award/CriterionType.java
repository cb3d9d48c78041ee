package vn.tdkt.award;

import com.google.gson.annotations.SerializedName;

/** The kinds of condition a rule set can state; {@link Criterion} carries the figures each one uses. */
public enum CriterionType {
    /** The year's classification at least {@code grade}. */
    @SerializedName("grade") GRADE,
    /** The same subject qualifies for {@code title} the same year. */
    @SerializedName("title") TITLE,
    /** {@code title} (công trạng only) in each of the last {@code years} years, this one included. */
    @SerializedName("chain") CHAIN,
    /** Classification at least {@code grade} in each of the last {@code years} years. */
    @SerializedName("gradeChain") GRADE_CHAIN,
    /** At least {@code count} initiatives/topics of {@code kinds}, effect {@code scope} or wider, in the last {@code years} years. */
    @SerializedName("initiatives") INITIATIVES,
    /** Exclusion: no discipline case, investigation or complaint pending. */
    @SerializedName("noPendingDiscipline") NO_PENDING_DISCIPLINE,
    /** A unit: at least {@code share} % of its members classified {@code grade} or better. */
    @SerializedName("membersGrade") MEMBERS_GRADE,
    /** A unit: at least {@code share} % (or {@code count}) of its members qualify for {@code title}. */
    @SerializedName("membersTitle") MEMBERS_TITLE,
    /** A unit: no serious discipline case in it or among its members that year. */
    @SerializedName("noSeriousDiscipline") NO_SERIOUS_DISCIPLINE,
    @SerializedName("anyOf") ANY_OF,
    @SerializedName("allOf") ALL_OF;

    /** An unmet exclusion rules a candidate out, never "nearly". */
    public boolean exclusion() {
        return this == NO_PENDING_DISCIPLINE || this == NO_SERIOUS_DISCIPLINE;
    }
}
