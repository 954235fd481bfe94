package org.ebank.payment.etc.application;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.ebank.contracts.value.Channel;
import org.ebank.payment.directory.application.Directory;
import org.ebank.payment.etc.domain.Plate;
import org.ebank.payment.etc.domain.Vehicle;
import org.ebank.payment.kernel.domain.Refusal;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A card holder binds a vehicle's ETC account to their card: from then on the toll operator's passages of that plate are
 * taken from it. A person's card pays for one vehicle; an enterprise's settlement account for its whole fleet. A plate is
 * bound to one card at a time; binding it to the card it is bound to again is that binding, not a second one.
 */
@Service
public class BindVehicle {

    private final Directory directory;
    private final EtcRepository etc;
    private final Clock clock;

    BindVehicle(Directory directory, EtcRepository etc, Clock clock) {
        this.directory = directory;
        this.etc = etc;
        this.clock = clock;
    }

    /** {@code holderId}: the customer, or the enterprise whose operator binds. */
    public Mono<Vehicle> bind(String holderId, String accountId, Plate plate, Channel channel) {
        return directory.card(accountId).filter(card -> card.isOwnedBy(holderId))
                .switchIfEmpty(Mono.error(() -> new Refusal(Refusal.Reason.UNKNOWN_ACCOUNT)))
                .flatMap(card -> {
                    Vehicle vehicle = new Vehicle("veh_" + UUID.randomUUID().toString().replace("-", ""), plate, holderId, accountId,
                            card.product(), card.lastFour(), channel, clock.instant());
                    // the table keeps a plate on one card and a person's card to one plate, whoever binds at the same time
                    return etc.bind(vehicle).flatMap(bound -> bound ? Mono.just(vehicle) : etc.vehicleByPlate(plate)
                            .flatMap(other -> other.accountId().equals(accountId) ? Mono.just(other)
                                    : Mono.<Vehicle>error(new Refusal(Refusal.Reason.PLATE_ALREADY_BOUND, Map.of("plate", plate.number()))))
                            .switchIfEmpty(Mono.error(() -> new Refusal(Refusal.Reason.CARD_HAS_VEHICLE))));
                });
    }
}
