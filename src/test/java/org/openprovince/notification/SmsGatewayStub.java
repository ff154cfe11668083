package org.openprovince.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpServer;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * A brandname SMS gateway on a local port, as a province's provider would answer: records each POST
 * and answers with the status the test sets.
 */
final class SmsGatewayStub implements AutoCloseable {

	/** One request as received: its bearer header and the JSON fields. */
	record Received(@Nullable String authorization, @Nullable String contentType, String to, String text) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final Queue<Received> received = new ConcurrentLinkedQueue<>();

	private volatile int status = 200;

	private SmsGatewayStub(HttpServer server) {
		this.server = server;
		server.createContext("/sms", exchange -> {
			try (exchange) {
				Map<?, ?> json = JSON.readValue(exchange.getRequestBody().readAllBytes(), Map.class);
				int answer = status;
				if (answer == 200) {
					received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
							exchange.getRequestHeaders().getFirst("Content-Type"), String.valueOf(json.get("to")),
							String.valueOf(json.get("text"))));
				}
				byte[] body = (answer == 200 ? "{\"status\":\"accepted\"}" : "{\"error\":\"quota exceeded\"}")
					.getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(answer, body.length);
				exchange.getResponseBody().write(body);
			}
		});
		server.start();
	}

	static SmsGatewayStub start() {
		try {
			return new SmsGatewayStub(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
	}

	/** Answer every following request with this HTTP status (200: accept). */
	void answer(int status) {
		this.status = status;
	}

	/** The accepted messages to one number. */
	List<Received> to(String phone) {
		return received.stream().filter(message -> message.to().equals(phone)).toList();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
