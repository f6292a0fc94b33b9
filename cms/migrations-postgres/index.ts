import * as migration_20261202_053043_initial from './20261202_053043_initial';
import * as migration_20261202_071705_coordination from './20261202_071705_coordination';
import * as migration_20261202_073640_media_storage from './20261202_073640_media_storage';
import * as migration_20261202_080500_locale_parent_indexes from './20261202_080500_locale_parent_indexes';
import * as migration_20261202_115837_bilingual from './20261202_115837_bilingual';
import * as migration_20261202_152818_desk from './20261202_152818_desk';
import * as migration_20261202_153807_sponsor_reference from './20261202_153807_sponsor_reference';
import * as migration_20261202_192200_requests311 from './20261202_192200_requests311';
import * as migration_20261202_222128_request_photos from './20261202_222128_request_photos';
import * as migration_20261202_233601_kb_articles from './20261202_233601_kb_articles';
import * as migration_20261203_014232_push_sms_channels from './20261203_014232_push_sms_channels';
import * as migration_20261206_112954_intake_receipts from './20261206_112954_intake_receipts';
import * as migration_20261206_144116_follower_proof from './20261206_144116_follower_proof';
import * as migration_20261206_151217_description_review from './20261206_151217_description_review';
import * as migration_20261206_211606_request_list_indexes from './20261206_211606_request_list_indexes';
import * as migration_20261206_212033_request_place_optional from './20261206_212033_request_place_optional';
import * as migration_20261206_220711_delivery_claim_index from './20261206_220711_delivery_claim_index';
import * as migration_20261206_234954_reference_counters from './20261206_234954_reference_counters';
import * as migration_20261207_004000_delivery_claim_by_id from './20261207_004000_delivery_claim_by_id';
import * as migration_20261207_063053_subscriber_place from './20261207_063053_subscriber_place';
import * as migration_20261207_063325_bulletin_wards from './20261207_063325_bulletin_wards';
import * as migration_20261207_065241_subscriber_frequency from './20261207_065241_subscriber_frequency';
import * as migration_20261207_065758_change_notes from './20261207_065758_change_notes';
import * as migration_20261207_093208_item_wards from './20261207_093208_item_wards';
import * as migration_20261207_122523_send_waits_for_site from './20261207_122523_send_waits_for_site';
import * as migration_20261207_155703_safety_updates_reopen from './20261207_155703_safety_updates_reopen';
import * as migration_20261207_160203_me_too from './20261207_160203_me_too';
import * as migration_20261207_161407_still_fixed_survey from './20261207_161407_still_fixed_survey';
import * as migration_20261207_162431_open311_callbacks from './20261207_162431_open311_callbacks';
import * as migration_20261207_163652_agencies from './20261207_163652_agencies';
import * as migration_20261207_185119_ward_watch from './20261207_185119_ward_watch';
import * as migration_20261207_190503_status_templates from './20261207_190503_status_templates';
import * as migration_20261208_002804_desk_macros from './20261208_002804_desk_macros';
import * as migration_20261208_004150_desk_links from './20261208_004150_desk_links';
import * as migration_20261208_005152_desk_targets from './20261208_005152_desk_targets';
import * as migration_20261208_005718_desk_presence from './20261208_005718_desk_presence';
import * as migration_20261208_010300_resident_links from './20261208_010300_resident_links';
import * as migration_20261208_012501_other_languages from './20261208_012501_other_languages';

export const migrations = [
  {
    up: migration_20261202_053043_initial.up,
    down: migration_20261202_053043_initial.down,
    name: '20261202_053043_initial',
  },
  {
    up: migration_20261202_071705_coordination.up,
    down: migration_20261202_071705_coordination.down,
    name: '20261202_071705_coordination',
  },
  {
    up: migration_20261202_073640_media_storage.up,
    down: migration_20261202_073640_media_storage.down,
    name: '20261202_073640_media_storage',
  },
  {
    up: migration_20261202_080500_locale_parent_indexes.up,
    down: migration_20261202_080500_locale_parent_indexes.down,
    name: '20261202_080500_locale_parent_indexes',
  },
  {
    up: migration_20261202_115837_bilingual.up,
    down: migration_20261202_115837_bilingual.down,
    name: '20261202_115837_bilingual',
  },
  {
    up: migration_20261202_152818_desk.up,
    down: migration_20261202_152818_desk.down,
    name: '20261202_152818_desk',
  },
  {
    up: migration_20261202_153807_sponsor_reference.up,
    down: migration_20261202_153807_sponsor_reference.down,
    name: '20261202_153807_sponsor_reference',
  },
  {
    up: migration_20261202_192200_requests311.up,
    down: migration_20261202_192200_requests311.down,
    name: '20261202_192200_requests311',
  },
  {
    up: migration_20261202_222128_request_photos.up,
    down: migration_20261202_222128_request_photos.down,
    name: '20261202_222128_request_photos',
  },
  {
    up: migration_20261202_233601_kb_articles.up,
    down: migration_20261202_233601_kb_articles.down,
    name: '20261202_233601_kb_articles',
  },
  {
    up: migration_20261203_014232_push_sms_channels.up,
    down: migration_20261203_014232_push_sms_channels.down,
    name: '20261203_014232_push_sms_channels',
  },
  {
    up: migration_20261206_112954_intake_receipts.up,
    down: migration_20261206_112954_intake_receipts.down,
    name: '20261206_112954_intake_receipts',
  },
  {
    up: migration_20261206_144116_follower_proof.up,
    down: migration_20261206_144116_follower_proof.down,
    name: '20261206_144116_follower_proof',
  },
  {
    up: migration_20261206_151217_description_review.up,
    down: migration_20261206_151217_description_review.down,
    name: '20261206_151217_description_review',
  },
  {
    up: migration_20261206_211606_request_list_indexes.up,
    down: migration_20261206_211606_request_list_indexes.down,
    name: '20261206_211606_request_list_indexes',
  },
  {
    up: migration_20261206_212033_request_place_optional.up,
    down: migration_20261206_212033_request_place_optional.down,
    name: '20261206_212033_request_place_optional',
  },
  {
    up: migration_20261206_220711_delivery_claim_index.up,
    down: migration_20261206_220711_delivery_claim_index.down,
    name: '20261206_220711_delivery_claim_index',
  },
  {
    up: migration_20261206_234954_reference_counters.up,
    down: migration_20261206_234954_reference_counters.down,
    name: '20261206_234954_reference_counters',
  },
  {
    up: migration_20261207_004000_delivery_claim_by_id.up,
    down: migration_20261207_004000_delivery_claim_by_id.down,
    name: '20261207_004000_delivery_claim_by_id',
  },
  {
    up: migration_20261207_063053_subscriber_place.up,
    down: migration_20261207_063053_subscriber_place.down,
    name: '20261207_063053_subscriber_place',
  },
  {
    up: migration_20261207_063325_bulletin_wards.up,
    down: migration_20261207_063325_bulletin_wards.down,
    name: '20261207_063325_bulletin_wards',
  },
  {
    up: migration_20261207_065241_subscriber_frequency.up,
    down: migration_20261207_065241_subscriber_frequency.down,
    name: '20261207_065241_subscriber_frequency',
  },
  {
    up: migration_20261207_065758_change_notes.up,
    down: migration_20261207_065758_change_notes.down,
    name: '20261207_065758_change_notes',
  },
  {
    up: migration_20261207_093208_item_wards.up,
    down: migration_20261207_093208_item_wards.down,
    name: '20261207_093208_item_wards',
  },
  {
    up: migration_20261207_122523_send_waits_for_site.up,
    down: migration_20261207_122523_send_waits_for_site.down,
    name: '20261207_122523_send_waits_for_site',
  },
  {
    up: migration_20261207_155703_safety_updates_reopen.up,
    down: migration_20261207_155703_safety_updates_reopen.down,
    name: '20261207_155703_safety_updates_reopen',
  },
  {
    up: migration_20261207_160203_me_too.up,
    down: migration_20261207_160203_me_too.down,
    name: '20261207_160203_me_too',
  },
  {
    up: migration_20261207_161407_still_fixed_survey.up,
    down: migration_20261207_161407_still_fixed_survey.down,
    name: '20261207_161407_still_fixed_survey',
  },
  {
    up: migration_20261207_162431_open311_callbacks.up,
    down: migration_20261207_162431_open311_callbacks.down,
    name: '20261207_162431_open311_callbacks',
  },
  {
    up: migration_20261207_163652_agencies.up,
    down: migration_20261207_163652_agencies.down,
    name: '20261207_163652_agencies',
  },
  {
    up: migration_20261207_185119_ward_watch.up,
    down: migration_20261207_185119_ward_watch.down,
    name: '20261207_185119_ward_watch',
  },
  {
    up: migration_20261207_190503_status_templates.up,
    down: migration_20261207_190503_status_templates.down,
    name: '20261207_190503_status_templates',
  },
  {
    up: migration_20261208_002804_desk_macros.up,
    down: migration_20261208_002804_desk_macros.down,
    name: '20261208_002804_desk_macros',
  },
  {
    up: migration_20261208_004150_desk_links.up,
    down: migration_20261208_004150_desk_links.down,
    name: '20261208_004150_desk_links',
  },
  {
    up: migration_20261208_005152_desk_targets.up,
    down: migration_20261208_005152_desk_targets.down,
    name: '20261208_005152_desk_targets',
  },
  {
    up: migration_20261208_005718_desk_presence.up,
    down: migration_20261208_005718_desk_presence.down,
    name: '20261208_005718_desk_presence',
  },
  {
    up: migration_20261208_010300_resident_links.up,
    down: migration_20261208_010300_resident_links.down,
    name: '20261208_010300_resident_links',
  },
  {
    up: migration_20261208_012501_other_languages.up,
    down: migration_20261208_012501_other_languages.down,
    name: '20261208_012501_other_languages'
  },
];
