package dev.forte.transform;

import java.util.List;

/**
 * What the transform produces for a backend's data definition.
 *
 * @param directiveSdl the Amplify directive SDL ({@code @model}, {@code @auth}, {@code @primaryKey}, ...), the input of
 *     model code generation
 * @param appSyncSdl the AppSync schema exactly as Amplify's transformer emits it: no {@code scalar} or
 *     {@code directive} declarations (AWS scalars and directives are implicit)
 * @param bindings one binding per generated root field
 * @param relationships one binding per relationship field of a model type ({@code Post.comments}), in model and
 *     field order
 */
public record TransformResult(String directiveSdl, String appSyncSdl, List<OperationBinding> bindings,
        List<RelationshipBinding> relationships) {
    public TransformResult {
        bindings = List.copyOf(bindings);
        relationships = List.copyOf(relationships);
    }
}
