package dev.forte.schema;

/** The three relationships of Amplify Gen 2 data; there is no many-to-many (use a join model). */
public enum RelationshipKind {
    /** {@code a.hasMany("Comment", "postId")} on the parent: a list of children, {@code @hasMany}. */
    HAS_MANY("hasMany"),
    /** {@code a.hasOne("Profile", "userId")} on the parent: at most one child, {@code @hasOne}. */
    HAS_ONE("hasOne"),
    /** {@code a.belongsTo("Post", "postId")} on the child: the parent its reference fields point at. */
    BELONGS_TO("belongsTo");

    private final String builderName;

    RelationshipKind(String builderName) {
        this.builderName = builderName;
    }

    /** Returns the builder's and the directive's name: {@code hasMany}, {@code hasOne} or {@code belongsTo}. */
    public String builderName() {
        return builderName;
    }

    /** Returns true for the parent's side: {@code hasMany} and {@code hasOne}. */
    public boolean isParentSide() {
        return this != BELONGS_TO;
    }
}
