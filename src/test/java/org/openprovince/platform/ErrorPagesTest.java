package org.openprovince.platform;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Friendly Vietnamese error pages that show the correlation id a user can quote, never a stack trace. */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everyResponseCarriesACorrelationId() throws Exception {
		mvc.perform(get("/")).andExpect(header().string("X-Correlation-Id", matchesPattern("[2-9A-Z]{4}-[2-9A-Z]{4}")));
	}

	@Test
	void keepsACorrelationIdGivenByAnotherSystem() throws Exception {
		mvc.perform(get("/").header("X-Correlation-Id", "lgsp-20261121-0001"))
			.andExpect(header().string("X-Correlation-Id", "lgsp-20261121-0001"));
	}

	@Test
	void serverErrorPageIsFriendlyAndQuotable() throws Exception {
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals"))
			.header("X-Correlation-Id", "ABCD-2345"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(allOf(containsString("Hệ thống đang gặp sự cố"), containsString("ABCD-2345"),
					not(containsString("secret internals")), not(containsString("IllegalStateException")))));
	}

	@Test
	void notFoundPageIsInVietnameseAndEnglishOnRequest() throws Exception {
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.header("X-Correlation-Id", "WXYZ-6789"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("Không tìm thấy trang"), containsString("WXYZ-6789"))));
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.param("lang", "en")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
			.andExpect(content().string(containsString("Page not found")));
	}
}
