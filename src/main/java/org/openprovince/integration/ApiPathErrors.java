package org.openprovince.integration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An unknown path or method under {@code /api/} has no controller, so no controller advice of the API
 * would see it and the servlet container would answer with the HTML error page: answered here with a
 * problem detail instead. Anywhere else the exception goes on to Spring MVC's default handling.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiPathErrors {

	private final ApiProblems problems;

	ApiPathErrors(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> unknownPath(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!isApi(request)) {
			throw ex;
		}
		return body(problems.problem(request, HttpStatus.NOT_FOUND, "not-found", "integration.api.notFound"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> unknownMethod(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		if (!isApi(request)) {
			throw ex;
		}
		return body(problems.problem(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
				"integration.api.methodNotAllowed"));
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static ResponseEntity<ProblemDetail> body(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
