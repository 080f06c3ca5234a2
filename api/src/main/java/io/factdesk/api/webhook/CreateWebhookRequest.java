package io.factdesk.api.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Where to send events and which ones: verdict.published, verdict.corrected, verdict.under-review. */
public record CreateWebhookRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 50) String> events) {
}
