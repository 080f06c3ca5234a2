package io.factdesk.verification.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on the port the application's mailer sends to in tests. */
public final class Smtp implements AutoCloseable {

    /** One received e-mail, as the tests read it. */
    public record Received(String to, String subject, String body) {
    }

    private final GreenMail server;

    private Smtp(int port) {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static Smtp start(int port) {
        return new Smtp(port);
    }

    /** Everything received so far for one address. */
    public List<Received> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(Smtp::read)
                .filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    /** Waits until the address received {@code count} e-mails, and returns them. */
    public List<Received> await(String address, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> to(address).size() >= count);
        return to(address);
    }

    private static Received read(Message message) {
        try {
            return new Received(message.getAllRecipients()[0].toString(), message.getSubject(),
                    GreenMailUtil.getBody(message));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
