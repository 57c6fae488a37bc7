package gxq.common.web;

import jakarta.servlet.http.HttpServletRequest;

/** The request's path inside the application (without context path), the same in a container and under MockMvc. */
public final class RequestPaths {

    private RequestPaths() {
    }

    public static String of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    public static boolean isApi(HttpServletRequest request) {
        return of(request).startsWith("/api/");
    }
}
