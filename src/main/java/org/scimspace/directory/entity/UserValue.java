package org.scimspace.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One searchable value of a user attribute: {@code (attribute, element, sub-attribute)} with
 * the value in the column of its type. Filters on attributes that are not columns of
 * {@link UserEntity} become correlated sub-queries over these rows. Element 0 of a
 * multi-valued attribute is its primary value, which is what sorting uses.
 */
@Entity
@Table(
        name = "scim_user_value",
        indexes = @Index(name = "ix_scim_user_value_lookup", columnList = "attr, sub, str_key"))
@IdClass(UserValue.Key.class)
public class UserValue {

    /** Longest prefix of a string value that is searchable; longer values match on it. */
    public static final int MAX_STRING = 1024;

    /** Sizes of the name columns; longer names (custom extensions only) are not searchable. */
    public static final int MAX_ATTRIBUTE = 300;

    public static final int MAX_SUB_ATTRIBUTE = 100;

    @Id
    @ManyToOne
    @JoinColumn(name = "user_id", nullable = false)
    private UserEntity user;

    /** Lower-case attribute name; extension attributes with their lower-case URN prefix. */
    @Id
    @Column(length = MAX_ATTRIBUTE)
    private String attr;

    @Id
    private int elem;

    /** Lower-case sub-attribute name, or empty for a simple attribute. */
    @Id
    @Column(length = MAX_SUB_ATTRIBUTE)
    private String sub;

    @Column(name = "str_value", length = MAX_STRING)
    private String strValue;

    /** {@link #strValue} in lower case, for the case-insensitive comparisons. */
    @Column(name = "str_key", length = MAX_STRING)
    private String strKey;

    @Column(name = "num_value", precision = 38, scale = 10)
    private BigDecimal numValue;

    @Column(name = "bool_value")
    private Boolean boolValue;

    @Column(name = "time_value")
    private Instant timeValue;

    protected UserValue() {}

    public UserValue(UserEntity user, Draft draft) {
        this.user = user;
        this.attr = draft.attr();
        this.elem = draft.elem();
        this.sub = draft.sub();
        take(draft);
    }

    /** Where a value sits in its user's representation: its key without the user. */
    public record Slot(String attr, int elem, String sub) {}

    public Slot slot() {
        return new Slot(attr, elem, sub);
    }

    /** Whether this row holds the draft's value as the database stores it (times in microseconds). */
    public boolean holds(Draft draft) {
        return Objects.equals(strValue, draft.strValue())
                && (numValue == null
                        ? draft.numValue() == null
                        : draft.numValue() != null && numValue.compareTo(draft.numValue()) == 0)
                && Objects.equals(boolValue, draft.boolValue())
                && Objects.equals(timeValue, micros(draft.timeValue()));
    }

    /** Gives this row the draft's value (its slot is the same). */
    public void take(Draft draft) {
        this.strValue = draft.strValue();
        this.strKey = draft.strValue() == null ? null : draft.strValue().toLowerCase(java.util.Locale.ROOT);
        this.numValue = draft.numValue();
        this.boolValue = draft.boolValue();
        this.timeValue = draft.timeValue();
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** A value before it is attached to its user. */
    public record Draft(
            String attr,
            int elem,
            String sub,
            String strValue,
            BigDecimal numValue,
            Boolean boolValue,
            Instant timeValue) {

        public Slot slot() {
            return new Slot(attr, elem, sub);
        }
    }

    /** Composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String user;
        private String attr;
        private int elem;
        private String sub;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && elem == key.elem
                    && Objects.equals(user, key.user)
                    && Objects.equals(attr, key.attr)
                    && Objects.equals(sub, key.sub);
        }

        @Override
        public int hashCode() {
            return Objects.hash(user, attr, elem, sub);
        }
    }
}
