package org.openprovince.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller of any module declare a {@link CurrentUser} parameter, and puts
 * {@code currentUser} into every page model for the layouts (absent when nobody is logged in).
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserWebSupport implements WebMvcConfigurer {

	static @Nullable CurrentUser current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				? principal.currentUser() : null;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {
			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == CurrentUser.class;
			}

			@Override
			public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mav,
					NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
				return current();
			}
		});
	}

	@ControllerAdvice
	static class CurrentUserModel {

		@ModelAttribute("currentUser")
		@Nullable
		CurrentUser currentUser() {
			return current();
		}
	}
}
