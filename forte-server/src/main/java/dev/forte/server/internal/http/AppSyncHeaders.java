package dev.forte.server.internal.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.jspecify.annotations.Nullable;

/** The headers every response carries (PROTOCOL §1.4), and CORS. */
final class AppSyncHeaders {
    static final String CONTENT_TYPE = "application/json; charset=UTF-8";
    static final String REQUEST_ID = "x-amzn-RequestId";
    static final String ERROR_TYPE = "x-amzn-ErrorType";
    private static final String ALLOWED_HEADERS =
            "authorization, content-type, x-amz-date, x-amz-security-token, x-amz-user-agent, x-api-key";
    private static final String EXPOSED_HEADERS = "x-amzn-ErrorType, x-amzn-RequestId, Date";

    private AppSyncHeaders() {}

    /** Adds Content-Type, x-amzn-RequestId and the CORS headers of an actual (non-preflight) response. */
    static void addStandard(HttpFields request, HttpFields.Mutable response, String requestId) {
        response.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        response.put(REQUEST_ID, requestId);
        response.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, allowedOrigin(request));
        response.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
    }

    /** Adds the answer to a CORS preflight: any origin, POST, the AppSync headers plus whatever was asked for. */
    static void addPreflight(HttpFields request, HttpFields.Mutable response) {
        String requested = request.get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS);
        response.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "POST, GET, OPTIONS");
        response.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS,
                requested == null || requested.isBlank() ? ALLOWED_HEADERS : ALLOWED_HEADERS + ", " + requested);
        response.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
    }

    private static String allowedOrigin(HttpFields request) {
        @Nullable String origin = request.get(HttpHeader.ORIGIN);
        return origin == null || origin.isBlank() ? "*" : origin;
    }
}
