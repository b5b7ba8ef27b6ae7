package io.hearth.portal.web;

/** A refusal of the platform, already read, that no form can show: rendered as an error page by {@link ErrorPages}. */
public class PlatformRefused extends RuntimeException {

    private final transient PlatformProblem problem;

    public PlatformRefused(PlatformProblem problem) {
        super("Platform answered " + problem.status(), null, false, false);
        this.problem = problem;
    }

    public PlatformProblem problem() {
        return problem;
    }
}
