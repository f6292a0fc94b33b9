import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowPanel as WorkflowPanel_d612dbbff735d822819f5345dfa383e0 } from '../../../../cms/workflow/admin/WorkflowPanel'
import { AccessibilityPanel as AccessibilityPanel_09d3a9115d34d683cfa19c4ead91c28e } from '../../../../cms/accessibility/admin/AccessibilityPanel'
import { TierChoice as TierChoice_2d0d7c43ea619db89a447f600154634c } from '../../../../cms/sponsorship/admin/PolicyChoice'
import { BulletinTools as BulletinTools_548a463d737d429105806148e4ba40b0 } from '../../../../emergency/admin/BulletinTools'
import { BulletinPreview as BulletinPreview_d1c676154c79626badf7f59851170cab } from '../../../../emergency/admin/BulletinPreview'
import { BulletinReach as BulletinReach_00d797ef80a2d26b240542cef82956d8 } from '../../../../emergency/admin/BulletinReach'
import { AgentSearch as AgentSearch_809cd62d7b89a8c5b839d8c4a4344cf9 } from '../../../../cms/kb/admin/AgentSearch'
import { KbHealth as KbHealth_07a1b3e38eb4f48eeab4e76d6407021d } from '../../../../cms/kb/admin/KbHealth'
import { InquiryPipeline as InquiryPipeline_700636f084b3acd13b6a05cde8de8aec } from '../../../../cms/sponsorship/admin/InquiryPipeline'
import { SectorChoice as SectorChoice_2d0d7c43ea619db89a447f600154634c } from '../../../../cms/sponsorship/admin/PolicyChoice'
import { CaseThread as CaseThread_d09582b4ff41a9c2e0cf9f14faae8244 } from '../../../../cms/desk/admin/CaseThread'
import { CaseLinks as CaseLinks_7aa9b6365c59a4f26bf4fd29087ef959 } from '../../../../cms/desk/admin/CaseLinks'
import { RequestStatus as RequestStatus_95f6e76a75c8d39740479439837a956d } from '../../../../cms/servicerequests/admin/RequestStatus'
import { MailNotice as MailNotice_a243aa5847d14a5808f6102597e9cdeb } from '../../../../cms/outbox/admin/MailNotice'
import { YourWork as YourWork_34dc6e8dc0f64cf3aea0407dff751f1a } from '../../../../cms/home/admin/YourWork'
import { ReviewQueue as ReviewQueue_cd9de43d4d584d604d570aab0c76860a } from '../../../../cms/workflow/admin/ReviewQueue'
import { SponsorshipDashboard as SponsorshipDashboard_5a33de08234906a5e6d10088f6bfd732 } from '../../../../cms/sponsorship/admin/SponsorshipDashboard'
import { RequestQueues as RequestQueues_3c6bde006fe475b90f1f91ef88759077 } from '../../../../cms/servicerequests/admin/RequestQueues'
import { DeskStandards as DeskStandards_14a58dfbcd1abb53965d1369af4fce35 } from '../../../../cms/desk/admin/DeskStandards'
import { SiteStatusNotice as SiteStatusNotice_2adf8ecc4dd88a52cd3b47e6ab5c052b } from '../../../../cms/publishing/admin/SiteStatusNotice'
import { MissingFrench as MissingFrench_c474da1b0742d29e45a217282749555f } from '../../../../cms/bilingual/admin/MissingFrench'
import { OutboxSends as OutboxSends_e4a84a3042ad4f986d543c483a37275b } from '../../../../cms/outbox/admin/OutboxSends'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/cms/workflow/admin/WorkflowPanel#WorkflowPanel": WorkflowPanel_d612dbbff735d822819f5345dfa383e0,
  "/cms/accessibility/admin/AccessibilityPanel#AccessibilityPanel": AccessibilityPanel_09d3a9115d34d683cfa19c4ead91c28e,
  "/cms/sponsorship/admin/PolicyChoice#TierChoice": TierChoice_2d0d7c43ea619db89a447f600154634c,
  "/emergency/admin/BulletinTools#BulletinTools": BulletinTools_548a463d737d429105806148e4ba40b0,
  "/emergency/admin/BulletinPreview#BulletinPreview": BulletinPreview_d1c676154c79626badf7f59851170cab,
  "/emergency/admin/BulletinReach#BulletinReach": BulletinReach_00d797ef80a2d26b240542cef82956d8,
  "/cms/kb/admin/AgentSearch#AgentSearch": AgentSearch_809cd62d7b89a8c5b839d8c4a4344cf9,
  "/cms/kb/admin/KbHealth#KbHealth": KbHealth_07a1b3e38eb4f48eeab4e76d6407021d,
  "/cms/sponsorship/admin/InquiryPipeline#InquiryPipeline": InquiryPipeline_700636f084b3acd13b6a05cde8de8aec,
  "/cms/sponsorship/admin/PolicyChoice#SectorChoice": SectorChoice_2d0d7c43ea619db89a447f600154634c,
  "/cms/desk/admin/CaseThread#CaseThread": CaseThread_d09582b4ff41a9c2e0cf9f14faae8244,
  "/cms/desk/admin/CaseLinks#CaseLinks": CaseLinks_7aa9b6365c59a4f26bf4fd29087ef959,
  "/cms/servicerequests/admin/RequestStatus#RequestStatus": RequestStatus_95f6e76a75c8d39740479439837a956d,
  "/cms/outbox/admin/MailNotice#MailNotice": MailNotice_a243aa5847d14a5808f6102597e9cdeb,
  "/cms/home/admin/YourWork#YourWork": YourWork_34dc6e8dc0f64cf3aea0407dff751f1a,
  "/cms/workflow/admin/ReviewQueue#ReviewQueue": ReviewQueue_cd9de43d4d584d604d570aab0c76860a,
  "/cms/sponsorship/admin/SponsorshipDashboard#SponsorshipDashboard": SponsorshipDashboard_5a33de08234906a5e6d10088f6bfd732,
  "/cms/servicerequests/admin/RequestQueues#RequestQueues": RequestQueues_3c6bde006fe475b90f1f91ef88759077,
  "/cms/desk/admin/DeskStandards#DeskStandards": DeskStandards_14a58dfbcd1abb53965d1369af4fce35,
  "/cms/publishing/admin/SiteStatusNotice#SiteStatusNotice": SiteStatusNotice_2adf8ecc4dd88a52cd3b47e6ab5c052b,
  "/cms/bilingual/admin/MissingFrench#MissingFrench": MissingFrench_c474da1b0742d29e45a217282749555f,
  "/cms/outbox/admin/OutboxSends#OutboxSends": OutboxSends_e4a84a3042ad4f986d543c483a37275b,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
