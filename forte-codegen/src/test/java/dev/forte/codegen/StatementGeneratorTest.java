package dev.forte.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Selections, names and layout on schemas the conformance corpus does not cover: relationships, custom operations. */
class StatementGeneratorTest {
    private static final String BLOG = """
            type Post {
              title: String!
              meta: PostMeta
              comments(limit: Int, nextToken: String): ModelCommentConnection
              id: ID!
            }
            type PostMeta {
              source: Source
            }
            type Source {
              origin: Origin
            }
            type Origin {
              url: AWSURL
            }
            type Comment {
              text: String
              post: Post
              id: ID!
            }
            type ModelCommentConnection {
              items: [Comment]!
              nextToken: String
            }
            type ModelPostConnection {
              items: [Post]!
              nextToken: String
            }
            input CreatePostInput {
              title: String!
            }
            input CreateCommentInput {
              text: String
            }
            type Query {
              getPost(id: ID!): Post
              getComment(id: ID!): Comment
              listPosts(limit: Int): ModelPostConnection
              echo(message: String!, times: Int): String
              getURLPreview(url: AWSURL!): AWSJSON
            }
            """;

    private static String graphql(String sdl, String file, int depth) {
        return StatementGenerator.generate(sdl, StatementOptions.of(StatementTarget.GRAPHQL).withMaxDepth(depth))
                .files().get(file);
    }

    @Test
    void relationshipsAreCutAtTheDepthLimitAsAmplifyCutsThem() {
        assertThat(graphql(BLOG, "queries.graphql", 2)).contains("""
                query GetPost($id: ID!) {
                  getPost(id: $id) {
                    title
                    meta {
                      source {
                        origin {
                          url
                          __typename
                        }
                        __typename
                      }
                      __typename
                    }
                    comments {
                      nextToken
                      __typename
                    }
                    id
                    __typename
                  }
                }
                """, """
                query GetComment($id: ID!) {
                  getComment(id: $id) {
                    text
                    post {
                      title
                      meta {
                        source {
                          origin {
                            url
                            __typename
                          }
                          __typename
                        }
                        __typename
                      }
                      id
                      __typename
                    }
                    id
                    __typename
                  }
                }
                """);
    }

    @Test
    void aDeeperLimitFollowsRelationshipsFurther() {
        assertThat(graphql(BLOG, "queries.graphql", 3)).contains("""
                    comments {
                      items {
                        text
                        id
                        __typename
                      }
                      nextToken
                      __typename
                    }
                """);
    }

    @Test
    void customOperationsSelectNothingBelowAScalarAndNameTheOperationInPascalCase() {
        assertThat(graphql(BLOG, "queries.graphql", 2)).contains("""
                query Echo($message: String!, $times: Int) {
                  echo(message: $message, times: $times)
                }
                """, """
                query GetUrlPreview($url: AWSURL!) {
                  getURLPreview(url: $url)
                }
                """);
        String types = StatementGenerator.generate(BLOG, StatementOptions.of(StatementTarget.TYPESCRIPT)).files()
                .get("API.ts");
        assertThat(types).contains("""
                export type EchoQueryVariables = {
                  message: string,
                  times?: number | null,
                };

                export type EchoQuery = {
                  echo?: string | null,
                };
                """);
    }

    @Test
    void aKindWithoutOperationsWritesNoFile() {
        assertThat(StatementGenerator.generate(BLOG, StatementOptions.of(StatementTarget.GRAPHQL)).files())
                .containsOnlyKeys("queries.graphql");
    }

    @Test
    void invalidSdlIsRefusedWithWhatToGive() {
        StatementOptions options = StatementOptions.of(StatementTarget.GRAPHQL);

        assertThatThrownBy(() -> StatementGenerator.generate("type Query {", options))
                .isInstanceOf(StatementGenerationException.class)
                .hasMessageStartingWith("The GraphQL schema is not valid SDL: ")
                .hasMessageEndingWith("Give the AppSync schema, e.g. what `forte generate graphql-schema` writes.");
    }

    @Test
    void anInterfaceResultIsRefusedNamingTheField() {
        String sdl = "interface Node { id: ID! }\ntype Query { node(id: ID!): Node }";

        assertThatThrownBy(() -> StatementGenerator.generate(sdl, StatementOptions.of(StatementTarget.GRAPHQL)))
                .isInstanceOf(StatementGenerationException.class)
                .hasMessage("Field `node` returns `Node`, an interface or union; statements for those are not "
                        + "supported yet.");
    }
}
