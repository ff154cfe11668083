package org.openprovince.integration;

import jakarta.servlet.http.HttpServletRequest;

import org.openprovince.platform.LocalizedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals of the API controllers as problem details with a {@code code}: the API's own
 * ({@link ApiException}), a malformed code or parameter (400). Ahead of the platform's generic handler,
 * which still answers anything unexpected with a 500 problem detail.
 */
@RestControllerAdvice(assignableTypes = { ProcedureApi.class, DossierApi.class, StatisticsApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandler {

	private final ApiProblems problems;

	ApiErrorHandler(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> refused(ApiException ex, HttpServletRequest request) {
		return ApiProblems.entity(problems.problem(request, ex.status(), ex.code(), ex));
	}

	/** A value object refused the input, e.g. a dossier code or agency code in the wrong format. */
	@ExceptionHandler(LocalizedException.class)
	ResponseEntity<ProblemDetail> invalid(LocalizedException ex, HttpServletRequest request) {
		return ApiProblems.entity(problems.problem(request, HttpStatus.BAD_REQUEST, "invalid-input", ex));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ProblemDetail> malformed(Exception ex, HttpServletRequest request) {
		return ApiProblems.entity(problems.problem(request, HttpStatus.BAD_REQUEST, "invalid-parameter", "integration.api.badParameter"));
	}
}
