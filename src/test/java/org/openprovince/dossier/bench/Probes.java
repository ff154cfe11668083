package org.openprovince.dossier.bench;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.aopalliance.intercept.MethodInterceptor;
import org.openprovince.audit.AuditTrail;
import org.openprovince.calendar.WorkingCalendar;
import org.openprovince.catalog.Catalog;
import org.openprovince.dossier.forms.DossierForms;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Where a transition's time goes, for the profile pass of the benchmark: time and calls spent in the
 * collaborators the workflow leans on (forms, audit trail, working calendar, catalog), and the
 * statements and round trips the JDBC driver sends (counted from its protocol log, which is switched
 * on only while profiling). Per thread; {@link #reset} before a transition, read after.
 */
final class Probes {

	static final List<String> NAMES = List.of("forms", "audit", "calendar", "catalog");

	private static volatile boolean on;

	private static final ThreadLocal<long[]> NANOS = ThreadLocal.withInitial(() -> new long[NAMES.size()]);

	private static final ThreadLocal<int[]> CALLS = ThreadLocal.withInitial(() -> new int[NAMES.size()]);

	/** Statements executed (BEGIN and COMMIT included) and round trips (Sync messages). */
	private static final ThreadLocal<int[]> WIRE = ThreadLocal.withInitial(() -> new int[2]);

	private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

	private static final Handler COUNTER = new Handler() {

		@Override
		public void publish(LogRecord record) {
			String message = record.getMessage();
			if (message == null) {
				return;
			}
			if (message.startsWith(" FE=> Execute")) {
				WIRE.get()[0]++;
			}
			else if (message.startsWith(" FE=> Sync")) {
				WIRE.get()[1]++;
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	};

	private Probes() {
	}

	static void start() {
		DRIVER.setUseParentHandlers(false);
		DRIVER.addHandler(COUNTER);
		DRIVER.setLevel(Level.FINEST);
		on = true;
	}

	static void stop() {
		on = false;
		DRIVER.setLevel(null);
		DRIVER.removeHandler(COUNTER);
		DRIVER.setUseParentHandlers(true);
	}

	static void reset() {
		java.util.Arrays.fill(NANOS.get(), 0);
		java.util.Arrays.fill(CALLS.get(), 0);
		java.util.Arrays.fill(WIRE.get(), 0);
	}

	static long[] nanos() {
		return NANOS.get().clone();
	}

	static int[] calls() {
		return CALLS.get().clone();
	}

	/** Statements (with BEGIN and COMMIT) and round trips since {@link #reset}. */
	static int[] wire() {
		return WIRE.get().clone();
	}

	private static MethodInterceptor timing(int probe) {
		return invocation -> {
			if (!on) {
				return invocation.proceed();
			}
			long start = System.nanoTime();
			try {
				return invocation.proceed();
			}
			finally {
				NANOS.get()[probe] += System.nanoTime() - start;
				CALLS.get()[probe]++;
			}
		};
	}

	/** Wraps the probed beans: adds the timing advice to a proxy, or proxies the bean's class. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		static BeanPostProcessor benchProbes() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					int probe = bean instanceof DossierForms ? 0 : bean instanceof AuditTrail ? 1
							: bean instanceof WorkingCalendar ? 2 : bean instanceof Catalog ? 3 : -1;
					if (probe < 0) {
						return bean;
					}
					if (bean instanceof Advised advised && !advised.isFrozen()) {
						advised.addAdvice(0, timing(probe));
						return bean;
					}
					ProxyFactory factory = new ProxyFactory(bean);
					factory.setProxyTargetClass(true);
					factory.addAdvice(timing(probe));
					return factory.getProxy();
				}
			};
		}
	}
}
