package dev.forte.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The documents of the relationship scenarios on {@link BenchBackend}'s Blog and Post, each beside the same list
 * without the relationship field, so that their ratio is what the relationship costs. One line each, without double
 * quotes, for the wrk script.
 */
final class RelationshipOperations {
    static final int BLOGS = 20;
    static final int POSTS = 200;
    static final int LIMIT = 100;
    static final String VARIABLES = "{\"limit\":" + LIMIT + "}";

    static final String POSTS_ONLY = "query ListPosts($limit: Int) { listPosts(limit: $limit) {"
            + " items { id title blogId } nextToken } }";
    static final String POSTS_WITH_BLOG = "query ListPosts($limit: Int) { listPosts(limit: $limit) {"
            + " items { id title blogId blog { id name } } nextToken } }";
    static final String BLOGS_ONLY = "query ListBlogs($limit: Int) { listBlogs(limit: $limit) {"
            + " items { id name } nextToken } }";
    static final String BLOGS_WITH_POSTS = "query ListBlogs($limit: Int) { listBlogs(limit: $limit) {"
            + " items { id name posts(limit: 5) { items { id title } } } nextToken } }";

    private static final String CREATE_BLOG = "mutation($input: CreateBlogInput!) { createBlog(input: $input) { id } }";
    private static final String CREATE_POST = "mutation($input: CreatePostInput!) { createPost(input: $input) { id } }";

    private RelationshipOperations() {}

    /** Creates {@link #BLOGS} blogs and {@link #POSTS} posts spread over them. */
    static void seed(GraphqlClient client) {
        for (int i = 0; i < BLOGS; i++) {
            client.execute(CREATE_BLOG, Map.of("input", Map.of("id", "blog-" + i, "name", "blog " + i)));
        }
        for (int i = 0; i < POSTS; i++) {
            client.execute(CREATE_POST, Map.of("input",
                    Map.of("id", "post-" + i, "title", "post " + i, "blogId", "blog-" + i % BLOGS)));
        }
    }

    /** Fails unless a page of posts with their blogs comes back whole: a server answering null would be cheap. */
    static void check(GraphqlClient client) {
        JsonNode items = client.execute(POSTS_WITH_BLOG, Map.of("limit", LIMIT)).path("listPosts").path("items");
        if (items.size() != LIMIT) {
            throw new BenchFailure("listPosts(limit: " + LIMIT + ") answered " + items.size() + " posts");
        }
        for (JsonNode post : items) {
            if (!post.path("blog").path("name").isTextual()) {
                throw new BenchFailure("listPosts answered a post without its blog: " + post);
            }
        }
    }
}
