package io.factdesk.api.webhook;

import io.factdesk.core.common.ValidWebUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Where to send events and which ones: verdict.published, verdict.corrected, verdict.under-review. */
public record CreateWebhookRequest(
        @NotBlank @ValidWebUrl String url,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 50) String> events) {
}
