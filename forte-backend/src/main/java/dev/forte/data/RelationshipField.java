package dev.forte.data;

import dev.forte.data.internal.FieldShape;
import dev.forte.data.internal.TypeShape.RelationshipShape;
import dev.forte.schema.RelationshipKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A relationship field of a model and the modifiers it can still take, as in Amplify: {@code hasMany} takes
 * {@code .valueRequired()} and {@code .authorization(...)}, {@code hasOne} takes {@code .required()} and
 * {@code .authorization(...)}, {@code belongsTo} takes {@code .authorization(...)}. Each modifier can be used once,
 * and {@code .authorization(...)} ends the chain. As with Amplify's transformer, a relationship field itself is
 * never required: {@code .valueRequired()} and {@code .required()} are refused when the schema is built.
 *
 * <pre>{@code
 * model("Post", a.model(
 *     field("title", a.string().required()),
 *     field("comments", a.hasMany("Comment", "postId")))),
 * model("Comment", a.model(
 *     field("content", a.string()),
 *     field("postId", a.id()),                          // the reference field, declared on the child
 *     field("post", a.belongsTo("Post", "postId"))))
 * }</pre>
 *
 * <p>Every relationship needs its counterpart on the related model with the same references: a {@code hasMany}
 * or {@code hasOne} pairs with a {@code belongsTo}. A parent with a composite identifier is referenced by as many
 * fields, in the identifier's order: {@code a.hasMany("Item", "storeId", "region")}.
 */
public abstract sealed class RelationshipField extends FieldDefinition {
    private final FieldShape shape;

    RelationshipField(FieldShape shape) {
        this.shape = shape;
    }

    static FieldShape shape(RelationshipKind kind, String relatedModel, String reference, String... more) {
        List<String> references = new ArrayList<>();
        references.add(reference);
        references.addAll(List.of(more));
        FieldShape shape = FieldShape.of(new RelationshipShape(kind, relatedModel, references));
        return kind == RelationshipKind.HAS_MANY ? shape.withArray() : shape;
    }

    @Override
    final FieldShape shape() {
        return shape;
    }

    /** A relationship that can still take {@code .authorization(...)}. */
    public abstract static sealed class Authorizable extends RelationshipField permits HasMany, HasOne, BelongsTo,
            Required {
        Authorizable(FieldShape shape) {
            super(shape);
        }

        /**
         * Returns this relationship with its own rules, which replace the model's rules for the field: Amplify's
         * {@code .authorization(allow => [...])} on a relationship.
         */
        public final Complete authorization(Function<ModelAllow, List<? extends AuthorizationRule>> rules) {
            return new Complete(shape().withAuthorization(AuthorizationRule.rules(rules.apply(new ModelAllow()))));
        }
    }

    /** {@code a.hasMany(...)}: {@code [Comment]}. */
    public static final class HasMany extends Authorizable {
        HasMany(FieldShape shape) {
            super(shape);
        }

        /**
         * Makes the list's elements non-null: {@code [Comment!]}. Amplify's builder offers it but its transformer
         * refuses the schema ({@code @hasMany fields must not be required}); Forte refuses it the same way when the
         * schema is built. It is here so that a ported schema gets that message rather than a compile error.
         */
        public Required valueRequired() {
            return new Required(shape().withValueRequired());
        }
    }

    /** {@code a.hasOne(...)}: {@code Profile}. */
    public static final class HasOne extends Authorizable {
        HasOne(FieldShape shape) {
            super(shape);
        }

        /**
         * Makes the field non-null: {@code Profile!}. Amplify's builder offers it but its transformer refuses the
         * schema ({@code @hasOne fields must not be required}); Forte refuses it the same way when the schema is
         * built. It is here so that a ported schema gets that message rather than a compile error.
         */
        public Required required() {
            return new Required(shape().withValueRequired());
        }
    }

    /** {@code a.belongsTo(...)}: {@code Post}, always nullable. */
    public static final class BelongsTo extends Authorizable {
        BelongsTo(FieldShape shape) {
            super(shape);
        }
    }

    /** A {@code hasMany} after {@code .valueRequired()} or a {@code hasOne} after {@code .required()}. */
    public static final class Required extends Authorizable {
        Required(FieldShape shape) {
            super(shape);
        }
    }

    /** A relationship whose modifiers are all used. */
    public static final class Complete extends RelationshipField {
        Complete(FieldShape shape) {
            super(shape);
        }
    }
}
