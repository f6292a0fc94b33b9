import * as migration_20261127_101059_initial from './20261127_101059_initial';
import * as migration_20261127_105240_workflow from './20261127_105240_workflow';
import * as migration_20261127_110559_take_down_at from './20261127_110559_take_down_at';
import * as migration_20261127_111521_site_publishing from './20261127_111521_site_publishing';
import * as migration_20261127_121352_email_outbox from './20261127_121352_email_outbox';
import * as migration_20261127_130227_accessibility from './20261127_130227_accessibility';
import * as migration_20261127_133333_sponsorship from './20261127_133333_sponsorship';
import * as migration_20261202_021237_outbox_leases from './20261202_021237_outbox_leases';
import * as migration_20261202_021808_scheduled_failures from './20261202_021808_scheduled_failures';
import * as migration_20261202_022146_identity from './20261202_022146_identity';
import * as migration_20261202_022157_sqlite_autoincrement from './20261202_022157_sqlite_autoincrement';
import * as migration_20261202_024124_outbox_messages from './20261202_024124_outbox_messages';
import * as migration_20261202_071654_coordination from './20261202_071654_coordination';
import * as migration_20261202_073637_media_storage from './20261202_073637_media_storage';
import * as migration_20261202_080500_locale_parent_indexes from './20261202_080500_locale_parent_indexes';
import * as migration_20261202_115831_bilingual from './20261202_115831_bilingual';
import * as migration_20261202_152717_desk from './20261202_152717_desk';
import * as migration_20261202_153733_sponsor_reference from './20261202_153733_sponsor_reference';
import * as migration_20261202_192129_requests311 from './20261202_192129_requests311';
import * as migration_20261202_222059_request_photos from './20261202_222059_request_photos';
import * as migration_20261202_233528_kb_articles from './20261202_233528_kb_articles';
import * as migration_20261203_014138_push_sms_channels from './20261203_014138_push_sms_channels';
import * as migration_20261206_112917_intake_receipts from './20261206_112917_intake_receipts';
import * as migration_20261206_144058_follower_proof from './20261206_144058_follower_proof';
import * as migration_20261206_151152_description_review from './20261206_151152_description_review';
import * as migration_20261206_211544_request_list_indexes from './20261206_211544_request_list_indexes';
import * as migration_20261206_212028_request_place_optional from './20261206_212028_request_place_optional';
import * as migration_20261206_220705_delivery_claim_index from './20261206_220705_delivery_claim_index';
import * as migration_20261206_234949_reference_counters from './20261206_234949_reference_counters';
import * as migration_20261207_063049_subscriber_place from './20261207_063049_subscriber_place';
import * as migration_20261207_063321_bulletin_wards from './20261207_063321_bulletin_wards';
import * as migration_20261207_065235_subscriber_frequency from './20261207_065235_subscriber_frequency';
import * as migration_20261207_065754_change_notes from './20261207_065754_change_notes';
import * as migration_20261207_093204_item_wards from './20261207_093204_item_wards';
import * as migration_20261207_122511_send_waits_for_site from './20261207_122511_send_waits_for_site';
import * as migration_20261207_155659_safety_updates_reopen from './20261207_155659_safety_updates_reopen';
import * as migration_20261207_160159_me_too from './20261207_160159_me_too';
import * as migration_20261207_161359_still_fixed_survey from './20261207_161359_still_fixed_survey';
import * as migration_20261207_162424_open311_callbacks from './20261207_162424_open311_callbacks';
import * as migration_20261207_163647_agencies from './20261207_163647_agencies';
import * as migration_20261207_185106_ward_watch from './20261207_185106_ward_watch';
import * as migration_20261207_190459_status_templates from './20261207_190459_status_templates';
import * as migration_20261208_002754_desk_macros from './20261208_002754_desk_macros';
import * as migration_20261208_004144_desk_links from './20261208_004144_desk_links';
import * as migration_20261208_005147_desk_targets from './20261208_005147_desk_targets';
import * as migration_20261208_005712_desk_presence from './20261208_005712_desk_presence';
import * as migration_20261208_010254_resident_links from './20261208_010254_resident_links';
import * as migration_20261208_012454_other_languages from './20261208_012454_other_languages';

export const migrations = [
  {
    up: migration_20261127_101059_initial.up,
    down: migration_20261127_101059_initial.down,
    name: '20261127_101059_initial',
  },
  {
    up: migration_20261127_105240_workflow.up,
    down: migration_20261127_105240_workflow.down,
    name: '20261127_105240_workflow',
  },
  {
    up: migration_20261127_110559_take_down_at.up,
    down: migration_20261127_110559_take_down_at.down,
    name: '20261127_110559_take_down_at',
  },
  {
    up: migration_20261127_111521_site_publishing.up,
    down: migration_20261127_111521_site_publishing.down,
    name: '20261127_111521_site_publishing',
  },
  {
    up: migration_20261127_121352_email_outbox.up,
    down: migration_20261127_121352_email_outbox.down,
    name: '20261127_121352_email_outbox',
  },
  {
    up: migration_20261127_130227_accessibility.up,
    down: migration_20261127_130227_accessibility.down,
    name: '20261127_130227_accessibility',
  },
  {
    up: migration_20261127_133333_sponsorship.up,
    down: migration_20261127_133333_sponsorship.down,
    name: '20261127_133333_sponsorship',
  },
  {
    up: migration_20261202_021237_outbox_leases.up,
    down: migration_20261202_021237_outbox_leases.down,
    name: '20261202_021237_outbox_leases',
  },
  {
    up: migration_20261202_021808_scheduled_failures.up,
    down: migration_20261202_021808_scheduled_failures.down,
    name: '20261202_021808_scheduled_failures',
  },
  {
    up: migration_20261202_022146_identity.up,
    down: migration_20261202_022146_identity.down,
    name: '20261202_022146_identity',
  },
  {
    up: migration_20261202_022157_sqlite_autoincrement.up,
    down: migration_20261202_022157_sqlite_autoincrement.down,
    name: '20261202_022157_sqlite_autoincrement',
  },
  {
    up: migration_20261202_024124_outbox_messages.up,
    down: migration_20261202_024124_outbox_messages.down,
    name: '20261202_024124_outbox_messages',
  },
  {
    up: migration_20261202_071654_coordination.up,
    down: migration_20261202_071654_coordination.down,
    name: '20261202_071654_coordination',
  },
  {
    up: migration_20261202_073637_media_storage.up,
    down: migration_20261202_073637_media_storage.down,
    name: '20261202_073637_media_storage',
  },
  {
    up: migration_20261202_080500_locale_parent_indexes.up,
    down: migration_20261202_080500_locale_parent_indexes.down,
    name: '20261202_080500_locale_parent_indexes',
  },
  {
    up: migration_20261202_115831_bilingual.up,
    down: migration_20261202_115831_bilingual.down,
    name: '20261202_115831_bilingual',
  },
  {
    up: migration_20261202_152717_desk.up,
    down: migration_20261202_152717_desk.down,
    name: '20261202_152717_desk',
  },
  {
    up: migration_20261202_153733_sponsor_reference.up,
    down: migration_20261202_153733_sponsor_reference.down,
    name: '20261202_153733_sponsor_reference',
  },
  {
    up: migration_20261202_192129_requests311.up,
    down: migration_20261202_192129_requests311.down,
    name: '20261202_192129_requests311',
  },
  {
    up: migration_20261202_222059_request_photos.up,
    down: migration_20261202_222059_request_photos.down,
    name: '20261202_222059_request_photos',
  },
  {
    up: migration_20261202_233528_kb_articles.up,
    down: migration_20261202_233528_kb_articles.down,
    name: '20261202_233528_kb_articles',
  },
  {
    up: migration_20261203_014138_push_sms_channels.up,
    down: migration_20261203_014138_push_sms_channels.down,
    name: '20261203_014138_push_sms_channels',
  },
  {
    up: migration_20261206_112917_intake_receipts.up,
    down: migration_20261206_112917_intake_receipts.down,
    name: '20261206_112917_intake_receipts',
  },
  {
    up: migration_20261206_144058_follower_proof.up,
    down: migration_20261206_144058_follower_proof.down,
    name: '20261206_144058_follower_proof',
  },
  {
    up: migration_20261206_151152_description_review.up,
    down: migration_20261206_151152_description_review.down,
    name: '20261206_151152_description_review',
  },
  {
    up: migration_20261206_211544_request_list_indexes.up,
    down: migration_20261206_211544_request_list_indexes.down,
    name: '20261206_211544_request_list_indexes',
  },
  {
    up: migration_20261206_212028_request_place_optional.up,
    down: migration_20261206_212028_request_place_optional.down,
    name: '20261206_212028_request_place_optional',
  },
  {
    up: migration_20261206_220705_delivery_claim_index.up,
    down: migration_20261206_220705_delivery_claim_index.down,
    name: '20261206_220705_delivery_claim_index',
  },
  {
    up: migration_20261206_234949_reference_counters.up,
    down: migration_20261206_234949_reference_counters.down,
    name: '20261206_234949_reference_counters',
  },
  {
    up: migration_20261207_063049_subscriber_place.up,
    down: migration_20261207_063049_subscriber_place.down,
    name: '20261207_063049_subscriber_place',
  },
  {
    up: migration_20261207_063321_bulletin_wards.up,
    down: migration_20261207_063321_bulletin_wards.down,
    name: '20261207_063321_bulletin_wards',
  },
  {
    up: migration_20261207_065235_subscriber_frequency.up,
    down: migration_20261207_065235_subscriber_frequency.down,
    name: '20261207_065235_subscriber_frequency',
  },
  {
    up: migration_20261207_065754_change_notes.up,
    down: migration_20261207_065754_change_notes.down,
    name: '20261207_065754_change_notes',
  },
  {
    up: migration_20261207_093204_item_wards.up,
    down: migration_20261207_093204_item_wards.down,
    name: '20261207_093204_item_wards',
  },
  {
    up: migration_20261207_122511_send_waits_for_site.up,
    down: migration_20261207_122511_send_waits_for_site.down,
    name: '20261207_122511_send_waits_for_site',
  },
  {
    up: migration_20261207_155659_safety_updates_reopen.up,
    down: migration_20261207_155659_safety_updates_reopen.down,
    name: '20261207_155659_safety_updates_reopen',
  },
  {
    up: migration_20261207_160159_me_too.up,
    down: migration_20261207_160159_me_too.down,
    name: '20261207_160159_me_too',
  },
  {
    up: migration_20261207_161359_still_fixed_survey.up,
    down: migration_20261207_161359_still_fixed_survey.down,
    name: '20261207_161359_still_fixed_survey',
  },
  {
    up: migration_20261207_162424_open311_callbacks.up,
    down: migration_20261207_162424_open311_callbacks.down,
    name: '20261207_162424_open311_callbacks',
  },
  {
    up: migration_20261207_163647_agencies.up,
    down: migration_20261207_163647_agencies.down,
    name: '20261207_163647_agencies',
  },
  {
    up: migration_20261207_185106_ward_watch.up,
    down: migration_20261207_185106_ward_watch.down,
    name: '20261207_185106_ward_watch',
  },
  {
    up: migration_20261207_190459_status_templates.up,
    down: migration_20261207_190459_status_templates.down,
    name: '20261207_190459_status_templates',
  },
  {
    up: migration_20261208_002754_desk_macros.up,
    down: migration_20261208_002754_desk_macros.down,
    name: '20261208_002754_desk_macros',
  },
  {
    up: migration_20261208_004144_desk_links.up,
    down: migration_20261208_004144_desk_links.down,
    name: '20261208_004144_desk_links',
  },
  {
    up: migration_20261208_005147_desk_targets.up,
    down: migration_20261208_005147_desk_targets.down,
    name: '20261208_005147_desk_targets',
  },
  {
    up: migration_20261208_005712_desk_presence.up,
    down: migration_20261208_005712_desk_presence.down,
    name: '20261208_005712_desk_presence',
  },
  {
    up: migration_20261208_010254_resident_links.up,
    down: migration_20261208_010254_resident_links.down,
    name: '20261208_010254_resident_links',
  },
  {
    up: migration_20261208_012454_other_languages.up,
    down: migration_20261208_012454_other_languages.down,
    name: '20261208_012454_other_languages'
  },
];
