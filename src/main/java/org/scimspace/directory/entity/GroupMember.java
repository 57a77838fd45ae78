package org.scimspace.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One membership: a user (or a nested group) in a group. The primary key makes a member
 * present at most once; the member index serves "which groups is this user in".
 */
@Entity
@Table(name = "group_member", indexes = @Index(name = "ix_group_member_member", columnList = "member_id"))
@IdClass(GroupMember.Key.class)
public class GroupMember {

    @Id
    @Column(name = "group_id", length = 36)
    private String groupId;

    @Id
    @Column(name = "member_id", length = 36)
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_type", nullable = false, length = 8)
    private MemberType memberType;

    protected GroupMember() {}

    public GroupMember(String groupId, String memberId, MemberType memberType) {
        this.groupId = groupId;
        this.memberId = memberId;
        this.memberType = memberType;
    }

    public String getGroupId() {
        return groupId;
    }

    public String getMemberId() {
        return memberId;
    }

    public MemberType getMemberType() {
        return memberType;
    }

    /** Composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String groupId;
        private String memberId;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(groupId, key.groupId)
                    && Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupId, memberId);
        }
    }
}
